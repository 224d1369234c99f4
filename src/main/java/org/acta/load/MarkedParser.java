package org.acta.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser, remembering where the last event it handed out starts. SnakeYAML signals
 * its limits (nesting depth, aliases) with exceptions that carry no position; the composer
 * crosses them on the event it has just read, so that event's start is where to point.
 */
final class MarkedParser implements Parser {
  private final Parser parser;
  private Mark last;

  MarkedParser(Parser parser) {
    this.parser = parser;
  }

  /** Start of the last event read, or null before the first. */
  Mark last() {
    return last;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    remember(parser.peekEvent()); // the composer checks an event's kind before composing it
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return remember(parser.peekEvent());
  }

  @Override
  public Event getEvent() {
    return remember(parser.getEvent());
  }

  private Event remember(Event event) {
    if (event != null) {
      last = event.getStartMark();
    }
    return event;
  }
}
