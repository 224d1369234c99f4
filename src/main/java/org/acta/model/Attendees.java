package org.acta.model;

import java.util.List;

/** Who attended, grouped by the role they had in the meeting. */
public record Attendees(
    List<Attendee> members, List<Attendee> ogp, List<Attendee> secretary, List<Attendee> others) {

  public static final Attendees NONE = new Attendees(List.of(), List.of(), List.of(), List.of());

  public int count() {
    return members.size() + ogp.size() + secretary.size() + others.size();
  }
}
