package org.tuoyu.supervision;

import java.util.UUID;

/**
 * A finding (问题) of an inspection against one checklist item.
 *
 * @param id the finding
 * @param itemCode the checklist item it concerns
 * @param dimension the item's dimension
 * @param severity minor or serious
 * @param description what was found
 */
public record Finding(UUID id, String itemCode, ChecklistDimension dimension, FindingSeverity severity,
		String description) {
}
