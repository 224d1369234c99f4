package org.acta.opendata;

/**
 * OWASP's rule against CSV (formula) injection: a spreadsheet runs a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return as a formula, so such a
 * text cell gets a leading single quote, which spreadsheets take as "this is text". Only text
 * is touched: numbers, dates and booleans are written as they are, so a real negative number
 * in a numeric column stays a number.
 */
final class CsvCells {
  private CsvCells() {}

  static Object neutral(Object cell) {
    if (cell instanceof CharSequence text && !text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return cell;
  }
}
