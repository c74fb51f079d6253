/// <reference path="./qrcode-core.d.ts" />
// A QR code as an SVG string: the symbol's modules from the `qrcode` package's encoder (ISO/IEC 18004,
// error correction M), drawn as one path with a quiet zone of 4 modules as the standard asks.

import { create } from 'qrcode/lib/core/qrcode';
import { esc } from './html';

export function qrSvg(text: string, title: string): string {
	const { modules } = create(text, { errorCorrectionLevel: 'M' });
	const n = modules.size;
	const quiet = 4;
	let d = '';
	for (let y = 0; y < n; y++) {
		for (let x = 0; x < n; x++) {
			if (modules.get(y, x)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
		}
	}
	const side = n + 2 * quiet;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img"><title>${esc(title)}</title><rect width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
