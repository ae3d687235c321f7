package org.tuoyu.statistics.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One field of a data-exchange record: its name (JSON property and CSV header) and its type, which
 * decides how it is read from a result row and written.
 *
 * @param name the field name, camelCase
 * @param type the field type
 */
public record ExchangeColumn(String name, Type type) {

	/** The field types of format {@code tuoyu.exchange/1}. */
	public enum Type {
		TEXT, INTEGER, DECIMAL, BOOLEAN, DATE
	}

	static ExchangeColumn text(String name) {
		return new ExchangeColumn(name, Type.TEXT);
	}

	static ExchangeColumn integer(String name) {
		return new ExchangeColumn(name, Type.INTEGER);
	}

	static ExchangeColumn decimal(String name) {
		return new ExchangeColumn(name, Type.DECIMAL);
	}

	static ExchangeColumn bool(String name) {
		return new ExchangeColumn(name, Type.BOOLEAN);
	}

	static ExchangeColumn date(String name) {
		return new ExchangeColumn(name, Type.DATE);
	}

	/** The value of this field in column {@code index} (1-based) of the row, or null. */
	Object read(ResultSet rs, int index) throws SQLException {
		Object value = switch (type) {
			case TEXT -> rs.getString(index);
			case INTEGER -> rs.getLong(index);
			case DECIMAL -> plain(rs.getBigDecimal(index));
			case BOOLEAN -> rs.getBoolean(index);
			case DATE -> rs.getObject(index, LocalDate.class);
		};
		return rs.wasNull() ? null : value;
	}

	/** Without trailing zeros and without an exponent: 31.568900 is 31.5689, 30.00 is 30. */
	private static BigDecimal plain(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
