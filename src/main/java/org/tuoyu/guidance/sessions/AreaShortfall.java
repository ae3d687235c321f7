package org.tuoyu.guidance.sessions;

/**
 * How many home-cared children of one division below the area looked at are behind the free
 * quota's pace.
 *
 * @param code the division (a district, street or community)
 * @param name its name
 * @param behind its children behind the pace
 */
public record AreaShortfall(String code, String name, long behind) {
}
