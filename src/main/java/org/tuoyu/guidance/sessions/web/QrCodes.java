package org.tuoyu.guidance.sessions.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code as an SVG image: one square path per dark module, black on white. */
final class QrCodes {

	private QrCodes() {
	}

	static String svg(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code", ex);
		}
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">\
				<rect width="100%%" height="100%%" fill="#fff"/><path fill="#000" d="%s"/></svg>"""
			.formatted(width, height, path);
	}
}
