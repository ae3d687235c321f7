package org.tuoyu.region.internal;

import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.region.Division;
import org.tuoyu.region.DivisionSummary;
import org.tuoyu.region.PopulationEntry;

/**
 * Demo profile: gives every street/town without a population figure a deterministic share of its
 * district's census population, marked as demo data, so maps and drill-downs have numbers.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPopulation implements ApplicationRunner {

	static final String SOURCE = "演示数据（按区县普查人口生成）";

	private final DivisionRows rows;

	DemoPopulation(DivisionRows rows) {
		this.rows = rows;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Division root : rows.roots()) {
			rows.children(root.code().value()).forEach(this::spread);
		}
	}

	private void spread(DivisionSummary county) {
		List<DivisionSummary> streets = rows.children(county.division().code().value());
		if (county.residents() == null || streets.isEmpty() || streets.stream().anyMatch(s -> s.residents() != null)) {
			return;
		}
		Random random = new Random(county.division().code().value().hashCode());
		double[] weights = new double[streets.size()];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = 0.4 + random.nextDouble();
			total += weights[i];
		}
		long remaining = county.residents();
		for (int i = 0; i < streets.size(); i++) {
			long share = i == streets.size() - 1 ? remaining : Math.round(county.residents() * weights[i] / total);
			remaining -= share;
			rows.upsertPopulation(new PopulationEntry(streets.get(i).division().code().value(), county.populationYear(),
					share, SOURCE), "demo");
		}
	}
}
