package org.tuoyu.enrollment.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.Vacancies;
import org.tuoyu.platform.PublicReads;

/** Free places and waiting applications per class type, read on the public read pool. */
@Component
class EnrollmentVacancies implements Vacancies {

	private final PublicReads reads;

	EnrollmentVacancies(PublicReads reads) {
		this.reads = reads;
	}

	@Override
	public Map<ClassType, Vacancy> of(InstitutionDetail institution) {
		Map<String, Integer> placed = new HashMap<>();
		reads.jdbc().sql("""
				SELECT k.class_type, count(*) AS placed FROM enrollment_placement p JOIN institution_class k ON k.id = p.class_id
				WHERE p.institution_id = :institution AND p.status = 'ACTIVE' GROUP BY k.class_type
				""").param("institution", institution.institution().id())
			.query(rs -> {
				placed.put(rs.getString("class_type"), rs.getInt("placed"));
			});
		Map<String, Integer> waiting = new HashMap<>();
		reads.jdbc().sql("""
				SELECT a.class_type, count(*) AS waiting FROM enrollment_application a
				JOIN enrollment_choice c ON c.application_id = a.id
				WHERE c.institution_id = :institution AND a.status = 'PENDING' GROUP BY a.class_type
				""").param("institution", institution.institution().id())
			.query(rs -> {
				waiting.put(rs.getString("class_type"), rs.getInt("waiting"));
			});
		Map<ClassType, Vacancy> vacancies = new EnumMap<>(ClassType.class);
		institution.placesByType()
			.forEach((type, places) -> vacancies.put(type, new Vacancy(places, placed.getOrDefault(type.name(), 0),
					waiting.getOrDefault(type.name(), 0))));
		return vacancies;
	}
}
