package org.tuoyu.supervision;

import java.util.List;

/**
 * An inspection with its checklist snapshot, findings, rectification orders and photos.
 *
 * @param summary the inspection
 * @param checklistVersion the version of the checklist the snapshot was taken from
 * @param reason why an ad-hoc inspection was opened
 * @param conclusion the inspector's concluding remarks
 */
public record InspectionDetail(InspectionSummary summary, String checklistVersion, String reason, String conclusion,
		List<ChecklistItem> items, List<Finding> findings, List<RectificationOrder> orders,
		List<InspectionPhoto> photos) {

	public InspectionDetail {
		items = List.copyOf(items);
		findings = List.copyOf(findings);
		orders = List.copyOf(orders);
		photos = List.copyOf(photos);
	}

	/** The findings against one item. */
	public List<Finding> findingsOf(String itemCode) {
		return findings.stream().filter(f -> f.itemCode().equals(itemCode)).toList();
	}

	/** The photos of one item. */
	public List<InspectionPhoto> photosOf(String itemCode) {
		return photos.stream().filter(p -> itemCode.equals(p.itemCode())).toList();
	}
}
