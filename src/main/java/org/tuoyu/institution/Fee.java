package org.tuoyu.institution;

import java.math.BigDecimal;

/**
 * A published monthly fee for one class type and service form.
 */
public record Fee(ClassType classType, ServiceForm serviceForm, BigDecimal monthlyFee) {
}
