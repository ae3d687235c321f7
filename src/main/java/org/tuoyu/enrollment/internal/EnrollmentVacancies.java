package org.tuoyu.enrollment.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.Vacancies;
import org.tuoyu.platform.PublicReads;

/**
 * Free places and waiting applications per class type, read on the public read pool: three grouped
 * statements however many institutions are asked for.
 */
@Component
class EnrollmentVacancies implements Vacancies {

	private final PublicReads reads;

	EnrollmentVacancies(PublicReads reads) {
		this.reads = reads;
	}

	@Override
	public Map<ClassType, Vacancy> of(InstitutionDetail institution) {
		return of(List.of(institution.institution().id())).getOrDefault(institution.institution().id(), Map.of());
	}

	@Override
	public Map<UUID, Map<ClassType, Vacancy>> of(Collection<UUID> institutionIds) {
		UUID[] ids = institutionIds.toArray(UUID[]::new);
		Map<String, Integer> places = counts("""
				SELECT institution_id, class_type, sum(capacity) AS n FROM institution_class
				WHERE institution_id = ANY (:ids) GROUP BY institution_id, class_type
				""", ids);
		Map<String, Integer> placed = counts("""
				SELECT p.institution_id, k.class_type, count(*) AS n FROM enrollment_placement p
				JOIN institution_class k ON k.id = p.class_id
				WHERE p.institution_id = ANY (:ids) AND p.status = 'ACTIVE' GROUP BY p.institution_id, k.class_type
				""", ids);
		Map<String, Integer> waiting = counts("""
				SELECT c.institution_id, a.class_type, count(*) AS n FROM enrollment_application a
				JOIN enrollment_choice c ON c.application_id = a.id
				WHERE c.institution_id = ANY (:ids) AND a.status = 'PENDING' GROUP BY c.institution_id, a.class_type
				""", ids);
		Map<UUID, Map<ClassType, Vacancy>> vacancies = new HashMap<>();
		places.forEach((key, n) -> {
			String[] parts = key.split("/");
			vacancies.computeIfAbsent(UUID.fromString(parts[0]), k -> new EnumMap<>(ClassType.class))
				.put(ClassType.valueOf(parts[1]), new Vacancy(n, placed.getOrDefault(key, 0), waiting.getOrDefault(key, 0)));
		});
		return vacancies;
	}

	/** Counts keyed by "institution/class type". */
	private Map<String, Integer> counts(String sql, UUID[] ids) {
		Map<String, Integer> counts = new HashMap<>();
		reads.jdbc().sql(sql).param("ids", ids).query(rs -> {
			counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt("n"));
		});
		return counts;
	}
}
