package nl.kamerbrief.mandates.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 {@code char} indexes into one {@link NormalizedText}.
 *
 * <p>Like OpenNLP's {@code Span}: immutable, reversed or negative bounds are rejected, ordered by start and then
 * longer first. It never holds the text; {@link #coveredText(CharSequence)} reads it. Output offsets are code
 * points: conversion happens once, in {@code emit}, through {@link NormalizedText#codePointOffset(int)}.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int index) {
        return start <= index && index < end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public CharSpan union(CharSpan other) {
        return new CharSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** Distance in chars between the two spans; 0 when they touch or overlap. */
    public int distance(CharSpan other) {
        if (overlaps(other)) {
            return 0;
        }
        return other.start >= end ? other.start - end : start - other.end;
    }

    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(CharSpan o) {
        if (start != o.start) {
            return Integer.compare(start, o.start);
        }
        return Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + ".." + end + ")";
    }
}
