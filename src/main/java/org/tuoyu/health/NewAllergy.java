package org.tuoyu.health;

import java.util.UUID;

/** An allergy a guardian records for their child: the allergen (e.g. 鸡蛋, 花生), the reaction, the severity. */
public record NewAllergy(UUID childId, String allergen, String reaction, AllergySeverity severity) {
}
