package org.copydesk.desk;

/**
 * One match in one piece of text.
 *
 * @param start       offset of the first matched char
 * @param end         offset after the last matched char
 * @param matched     the matched text
 * @param replacement what the match becomes, groups filled in; empty when finding only
 */
public record TextMatch(int start, int end, String matched, String replacement) {
}
