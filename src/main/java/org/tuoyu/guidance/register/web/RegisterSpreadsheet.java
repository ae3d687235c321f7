package org.tuoyu.guidance.register.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tuoyu.guidance.register.RegisterEntry;
import org.tuoyu.guidance.register.RegisterFilter;
import org.tuoyu.guidance.register.RegisterManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.platform.web.XlsxTables;

/** The register of an area as an .xlsx download, masked as on the page, for the page and the API alike. */
@Component
class RegisterSpreadsheet {

	private final RegisterManagement register;

	private final Texts texts;

	RegisterSpreadsheet(RegisterManagement register, Texts texts) {
		this.register = register;
		this.texts = texts;
	}

	ResponseEntity<byte[]> download(CurrentUser user, RegisterFilter filter) {
		List<RegisterEntry> entries = register.export(user, filter);
		String area = filter.area() == null || filter.area().isBlank() ? user.scope().division().value() : filter.area();
		List<List<Object>> rows = entries.stream()
			.map(e -> Arrays.<Object>asList(e.name(), texts.text("family.sex." + e.sex().name()), e.birthDate().toString(),
					e.residentIdMasked(), e.divisionCode(), e.communityName(), e.communityCode(), e.guardianName(),
					e.guardianPhoneMasked(), texts.text(e.status().messageKey()),
					texts.text(e.enrolled() ? "common.yes" : "common.no"), e.registeredOn().toString(),
					e.exitedOn() == null ? null : e.exitedOn().toString(), e.exitReason()))
			.toList();
		return XlsxTables.download("register-" + area + ".xlsx", texts.text("guidance.register.title"),
				texts.texts("guidance.register.column.name", "guidance.register.column.sex",
						"guidance.register.column.birthDate", "guidance.register.column.residentId",
						"guidance.register.export.street", "guidance.register.child.community",
						"guidance.register.column.communityCode", "guidance.register.column.guardianName",
						"guidance.register.column.guardianPhone", "guidance.register.list.status",
						"guidance.register.child.enrolled", "guidance.register.child.registeredOn",
						"guidance.register.child.exited", "guidance.register.exit.reason"),
				rows);
	}
}
