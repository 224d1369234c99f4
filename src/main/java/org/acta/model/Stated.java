package org.acta.model;

import java.util.function.Function;

/**
 * A value a plan may leave unknown. Unknown comes in two kinds: the file says
 * {@code not_stated} (the editor checked, the source does not state it) or omits the field
 * (nobody said). Pages show both as "not stated"; {@code validate} warns only about omitted
 * fields a site asks plans to state. Computations never turn unknown into a number.
 */
public record Stated<T>(T value, Kind kind) {

  public enum Kind { GIVEN, NOT_STATED, OMITTED }

  /** The keyword a file uses for a value its source does not state. */
  public static final String NOT_STATED_KEYWORD = "not_stated";

  private static final Stated<?> NOT_STATED = new Stated<>(null, Kind.NOT_STATED);
  private static final Stated<?> OMITTED = new Stated<>(null, Kind.OMITTED);

  public Stated {
    if ((value == null) == (kind == Kind.GIVEN)) {
      throw new IllegalArgumentException("a given value is non-null, an unknown one null");
    }
  }

  /** The value, or omitted for null. */
  public static <T> Stated<T> of(T value) {
    return value == null ? omitted() : new Stated<>(value, Kind.GIVEN);
  }

  @SuppressWarnings("unchecked")
  public static <T> Stated<T> notStated() {
    return (Stated<T>) NOT_STATED;
  }

  @SuppressWarnings("unchecked")
  public static <T> Stated<T> omitted() {
    return (Stated<T>) OMITTED;
  }

  public boolean known() {
    return kind == Kind.GIVEN;
  }

  /** Whether the file says {@code not_stated} (rather than omitting the field). */
  public boolean declaredNotStated() {
    return kind == Kind.NOT_STATED;
  }

  public T orElse(T other) {
    return known() ? value : other;
  }

  public <R> Stated<R> map(Function<T, R> f) {
    return known() ? of(f.apply(value)) : new Stated<>(null, kind);
  }

  @Override
  public String toString() {
    return known() ? value.toString() : NOT_STATED_KEYWORD;
  }
}
