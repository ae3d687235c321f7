package org.tuoyu.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tuoyu.institution.ClassType;

/**
 * Staffing rules ({@code tuoyu.rules.staff.*}), national defaults from DOMAIN §2. A requirement is
 * a certificate type, or several joined by {@code |} of which any one will do.
 *
 * @param requiredForAll requirements of every staff member (default: health certificate and
 * no-criminal-record certificate)
 * @param required further requirements per role (default: a caregiver holds 保育师 or 育婴员)
 * @param expiryWarningDays how many days before expiry a certificate counts as expiring
 * @param childrenPerCaregiver the ratio 1 : n per class type
 * @param childrenPerHealthWorker places per health worker (保健人员)
 * @param headMinEducation the head's lowest accepted education (default 大专)
 * @param headMinExperienceYears the head's years in the field (default 3)
 * @param headMinTrainingHours the head's training hours in total (default 60)
 */
@ConfigurationProperties("tuoyu.rules.staff")
public record StaffRules(List<String> requiredForAll, Map<StaffRole, List<String>> required, Integer expiryWarningDays,
		Map<ClassType, Integer> childrenPerCaregiver, Integer childrenPerHealthWorker, Education headMinEducation,
		Integer headMinExperienceYears, Integer headMinTrainingHours) {

	private static final Map<ClassType, Integer> NATIONAL_RATIOS = Map.of(ClassType.INFANT, 3, ClassType.TODDLER, 5,
			ClassType.OLDER_TODDLER, 7, ClassType.MIXED, 5, ClassType.FAMILY_POINT, 3);

	public StaffRules {
		requiredForAll = requiredForAll == null ? List.of("HEALTH", "NO_CRIMINAL_RECORD") : List.copyOf(requiredForAll);
		Map<StaffRole, List<String>> roles = new EnumMap<>(StaffRole.class);
		roles.put(StaffRole.CAREGIVER, List.of("CAREGIVER|INFANT_CARER"));
		if (required != null) {
			roles.putAll(required);
		}
		required = Map.copyOf(roles);
		expiryWarningDays = expiryWarningDays == null ? 30 : expiryWarningDays;
		Map<ClassType, Integer> ratios = new EnumMap<>(NATIONAL_RATIOS);
		if (childrenPerCaregiver != null) {
			ratios.putAll(childrenPerCaregiver);
		}
		childrenPerCaregiver = Map.copyOf(ratios);
		childrenPerHealthWorker = childrenPerHealthWorker == null ? 150 : childrenPerHealthWorker;
		headMinEducation = headMinEducation == null ? Education.COLLEGE : headMinEducation;
		headMinExperienceYears = headMinExperienceYears == null ? 3 : headMinExperienceYears;
		headMinTrainingHours = headMinTrainingHours == null ? 60 : headMinTrainingHours;
	}

	/** The requirements of a role, each as the list of acceptable certificate types. */
	public List<List<CertificateType>> requirementsOf(StaffRole role) {
		List<List<CertificateType>> all = new ArrayList<>();
		requiredForAll.forEach(r -> all.add(parse(r)));
		required.getOrDefault(role, List.of()).forEach(r -> all.add(parse(r)));
		return all;
	}

	public int childrenPerCaregiver(ClassType type) {
		return childrenPerCaregiver.get(type);
	}

	private static List<CertificateType> parse(String requirement) {
		return Arrays.stream(requirement.split("\\|")).map(String::trim).map(CertificateType::valueOf).toList();
	}
}
