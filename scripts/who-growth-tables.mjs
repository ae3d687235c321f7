// Writes the WHO Child Growth Standards' L, M and S rows that the growth engine interpolates
// (src/main/resources/growth/who2006/*.tsv) from the tables of the npm package jsgrowup 0.8.0.
//
//   cd /tmp && npm pack jsgrowup@0.8.0 && tar xzf jsgrowup-0.8.0.tgz
//   node scripts/who-growth-tables.mjs /tmp/package/tables src/main/resources/growth/who2006
//
// Only the WHO tables are read (never the CDC *.cdc.json ones); the values are copied as written
// in the package, without any arithmetic. Each output row: sex, unit (week, month or cm), x, l, m, s.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [tables, out] = process.argv.slice(2);
if (!tables || !out) {
	console.error('usage: node scripts/who-growth-tables.mjs <jsgrowup package/tables> <output directory>');
	process.exit(2);
}

const SEXES = [['boys', 'MALE'], ['girls', 'FEMALE']];

// file: the output; title: what it holds; parts: [jsgrowup file stem, unit, key column]
const OUTPUTS = [
	{ file: 'weight-for-age.tsv', title: 'weight-for-age (kg), by week 0-13 and by month 0-60',
		parts: [['wfa_%s_0_13', 'week', 'Week'], ['wfa_%s_0_5', 'month', 'Month']] },
	{ file: 'length-for-age.tsv', title: 'length-for-age (cm, lying), by week 0-13 and by month 0-24',
		parts: [['lhfa_%s_0_13', 'week', 'Week'], ['lhfa_%s_0_2', 'month', 'Month']] },
	{ file: 'height-for-age.tsv', title: 'height-for-age (cm, standing), by month 24-60',
		parts: [['lhfa_%s_2_5', 'month', 'Month']] },
	{ file: 'bmi-for-age.lying.tsv', title: 'BMI-for-age (kg/m2, lying length), by week 0-13 and by month 0-24',
		parts: [['bmifa_%s_0_13', 'week', 'Week'], ['bmifa_%s_0_2', 'month', 'Month']] },
	{ file: 'bmi-for-age.standing.tsv', title: 'BMI-for-age (kg/m2, standing height), by month 24-60',
		parts: [['bmifa_%s_2_5', 'month', 'Month']] },
	{ file: 'head-circumference-for-age.tsv', title: 'head-circumference-for-age (cm), by week 0-13 and by month 0-60',
		parts: [['hcfa_%s_0_13', 'week', 'Week'], ['hcfa_%s_0_5', 'month', 'Month']] },
	{ file: 'weight-for-length.tsv', title: 'weight-for-length (kg, lying length 45-110 cm), by 0.5 cm',
		parts: [['wfl_%s_0_2', 'cm', 'Length']] },
	{ file: 'weight-for-height.tsv', title: 'weight-for-height (kg, standing height 65-120 cm), by 0.5 cm',
		parts: [['wfh_%s_2_5', 'cm', 'Height']] },
];

for (const output of OUTPUTS) {
	const lines = [
		`# WHO Child Growth Standards (2006): ${output.title}.`,
		'# (c) World Health Organization. Rows copied unchanged from the npm package jsgrowup 0.8.0 (BSD-3-Clause),',
		`# tables ${output.parts.map(([stem]) => stem.replace('%s', '{boys,girls}') + '_zscores.json').join(', ')},`,
		'# by scripts/who-growth-tables.mjs. See NOTICE in this folder.',
		['sex', 'unit', 'x', 'l', 'm', 's'].join('\t'),
	];
	for (const [name, sex] of SEXES) {
		for (const [stem, unit, key] of output.parts) {
			const rows = JSON.parse(readFileSync(join(tables, stem.replace('%s', name) + '_zscores.json'), 'utf8'));
			for (const row of rows) {
				lines.push([sex, unit, row[key], row.L, row.M, row.S].join('\t'));
			}
		}
	}
	writeFileSync(join(out, output.file), lines.join('\n') + '\n');
	console.log(`${output.file}: ${lines.length - 5} rows`);
}
