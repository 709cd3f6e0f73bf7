package org.newsgraph.model;

/** A half-open character range {@code [begin, end)} in an article's text (RFC 5147 offsets). */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
