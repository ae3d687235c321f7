package org.tuoyu.guidance.learning;

import java.util.List;

/**
 * Awareness of an area and of each of its direct sub-divisions in a year.
 *
 * @param total the whole area
 * @param parts one line per district, street or community below it
 */
public record AreaAwareness(Awareness total, List<Awareness> parts) {
}
