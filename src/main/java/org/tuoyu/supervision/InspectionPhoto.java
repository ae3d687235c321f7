package org.tuoyu.supervision;

import java.util.UUID;

/**
 * An evidence photo: of a checklist item (by the inspector) or of a rectification answer (by the institution).
 *
 * @param id the photo
 * @param itemCode the checklist item, or {@code null}
 * @param rectificationId the rectification order, or {@code null}
 */
public record InspectionPhoto(UUID id, String itemCode, UUID rectificationId) {
}
