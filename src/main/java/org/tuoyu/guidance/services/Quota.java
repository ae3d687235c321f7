package org.tuoyu.guidance.services;

/**
 * A child's free sessions in a year against the quota, as the family sees it ("今年已参加 3/6 次").
 *
 * @param year the calendar year
 * @param attended free sessions attended in the year
 * @param quota free sessions each home-cared child should have a year
 */
public record Quota(int year, int attended, int quota) {

	/** Whether the child has had all the free sessions of the year. */
	public boolean reached() {
		return attended >= quota;
	}
}
