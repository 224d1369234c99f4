package org.acta.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.model.Agreement;
import org.acta.model.AgreementStatus;
import org.acta.model.Attendees;
import org.acta.model.FollowUp;
import org.acta.model.Markdown;
import org.acta.model.Meeting;
import org.acta.model.MeetingKind;
import org.acta.model.Minute;
import org.acta.model.Ref;
import org.acta.model.Text;
import org.junit.jupiter.api.Test;

class ForumRecordTest {
  static final Position AT = Position.ofFile("x");

  static Agreement agreement(String id, String due, AgreementStatus status) {
    return new Agreement(id, new Text("Acuerdo " + id), null, null, due == null ? null : LocalDate.parse(due),
        List.of(), status, AT);
  }

  static Minute minute(String date, Boolean open, List<Agreement> agreements,
      List<FollowUp> followUps, String body) {
    return new Minute(date + "-sesion", new Text("Sesión"), LocalDate.parse(date), null, null, null, null,
        MeetingKind.ORDINARY, open, Attendees.NONE, List.of(), agreements, followUps,
        new Markdown(body), List.of(), AT);
  }

  static FollowUp followUp(String ref, AgreementStatus status) {
    return new FollowUp(new Ref(ref, AT), status, new Text("nota"), AT);
  }

  @Test
  void latestFollowUpUpToTheAsOfDateDecidesTheStatus() {
    Minute first = minute("2019-01-10", true, List.of(agreement("a01", "2019-03-01",
        AgreementStatus.OPEN), agreement("a02", "2019-02-01", AgreementStatus.OPEN),
        agreement("a03", null, AgreementStatus.DONE)), List.of(), "x");
    Minute second = minute("2019-04-10", false, List.of(), List.of(
        followUp("2019-01-10-sesion/a01", AgreementStatus.IN_PROGRESS)), "x");
    Minute third = minute("2019-09-10", false, List.of(), List.of(
        followUp("2019-01-10-sesion/a01", AgreementStatus.DONE)), "x");
    List<Minute> minutes = List.of(first, second, third);

    var asOfJune = ForumRecord.agreements(minutes, LocalDate.of(2019, 6, 1));
    assertThat(asOfJune).extracting(AgreementView::status).containsExactly(
        AgreementStatus.IN_PROGRESS, AgreementStatus.OPEN, AgreementStatus.DONE);
    assertThat(asOfJune).extracting(AgreementView::overdue).containsExactly(true, true, false);
    assertThat(asOfJune.get(0).followedUpIn()).isSameAs(second);

    var asOfOctober = ForumRecord.agreements(minutes, LocalDate.of(2019, 10, 1));
    assertThat(asOfOctober.get(0).status()).isEqualTo(AgreementStatus.DONE);
    assertThat(asOfOctober.get(0).overdue()).isFalse();
    assertThat(asOfOctober.get(0).followedUpIn()).isSameAs(third);
  }

  @Test
  void openMeetingsPerYearAgainstTheTarget() {
    List<Minute> minutes = List.of(minute("2018-03-01", true, List.of(), List.of(), "x"),
        minute("2019-03-01", true, List.of(), List.of(), "x"),
        minute("2019-06-01", true, List.of(), List.of(), "x"),
        minute("2019-09-01", false, List.of(), List.of(), "x"),
        minute("2019-11-01", true, List.of(), List.of(), "x"),
        minute("2020-02-01", true, List.of(), List.of(), "x"));
    var years = ForumRecord.years(minutes, LocalDate.of(2020, 3, 1), 3);
    assertThat(years).extracting(ForumRecord.Year::year).containsExactly(2018, 2019, 2020);
    assertThat(years).extracting(ForumRecord.Year::openMeetings).containsExactly(1, 3, 1);
    assertThat(years).extracting(ForumRecord.Year::met).containsExactly(false, true, false);
    assertThat(years).extracting(ForumRecord.Year::past).containsExactly(true, true, false);
  }

  @Test
  void meetingsThatDoNotStateOpennessAreCountedApartNeverAsOpen() {
    List<Minute> minutes = List.of(minute("2019-03-01", true, List.of(), List.of(), "x"),
        minute("2019-06-01", null, List.of(), List.of(), "x"),
        minute("2019-09-01", null, List.of(), List.of(), "x"));
    var year = ForumRecord.years(minutes, LocalDate.of(2020, 3, 1), 3).get(0);
    assertThat(year.meetings()).isEqualTo(3);
    assertThat(year.openMeetings()).isEqualTo(1);
    assertThat(year.notStated()).isEqualTo(2);
    assertThat(year.met()).isFalse();
  }

  @Test
  void upcomingHasScheduledMeetingsAndFutureMinutesWithoutBody() {
    Meeting scheduled = new Meeting("2020-10-20-sesion", new Text("Sesión"), LocalDate.of(2020, 10, 20),
        null, null, null, null, MeetingKind.ORDINARY, true, List.of(), null, null, List.of(), AT);
    Meeting past = new Meeting("2020-01-20-sesion", new Text("Pasada"), LocalDate.of(2020, 1, 20),
        null, null, null, null, MeetingKind.ORDINARY, true, List.of(), null, null, List.of(), AT);
    List<Minute> minutes = List.of(minute("2020-08-01", true, List.of(), List.of(), ""),
        minute("2020-09-01", true, List.of(), List.of(), "Acta ya escrita."));
    var upcoming = ForumRecord.upcoming(List.of(scheduled, past), minutes,
        LocalDate.of(2020, 6, 30));
    assertThat(upcoming).extracting(ForumRecord.Upcoming::slug)
        .containsExactly("2020-08-01-sesion", "2020-10-20-sesion");
  }
}
