// A minimal static host for the sub-path tests: serves a built directory under a path prefix as
// a plain web host would (/train → train.html, unknown → 404.html), with or without the
// cross-origin isolation headers.

import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.bin': 'application/octet-stream',
	'.woff2': 'font/woff2',
	'.png': 'image/png'
};

export function staticHost(dir: string, base: string, isolation: boolean): Promise<{ url: string; close: () => void }> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (isolation) {
			res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
			res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
		}
		const rel = path.startsWith(`${base}/`) ? path.slice(base.length) : null;
		const file = rel === null ? null : [join(dir, rel, 'index.html'), join(dir, rel), join(dir, `${rel.replace(/\/$/, '')}.html`)]
			.map(normalize)
			.find((f) => f.startsWith(normalize(dir)) && existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			res.end(readFileSync(join(dir, '404.html')));
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			done({ url: `http://127.0.0.1:${port}${base}/`, close: () => server.close() });
		})
	);
}
