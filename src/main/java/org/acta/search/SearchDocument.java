package org.acta.search;

/**
 * One thing search can find, as its result shows it: the type, title, page, date and plan,
 * and its whole text (the snippet is cut from it in the browser).
 *
 * @param keys words that find the document as its title does but are not shown in it (a
 *     commitment's OGP id, an institution's acronym); may be empty
 * @param date ISO date, or null for what has none (an institution)
 * @param plan the plan's id, or null for what belongs to none (a minute)
 */
record SearchDocument(String type, String title, String keys, String text, String url,
    String date, String plan) {}
