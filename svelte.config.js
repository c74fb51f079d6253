import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH=/backstep builds the site for https://host/backstep/ (docs/hosting.md); BUILD_DIR
// builds it somewhere else than build/ (with its own working directory), so that a second build,
// as the sub-path test makes, does not replace the first.
const base = process.env.BASE_PATH ?? '';
const dir = process.env.BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '404.html', ...(dir ? { pages: dir, assets: dir } : {}) }),
		paths: { relative: true, base },
		...(dir ? { outDir: `${dir}.kit` } : {})
	}
};

export default config;
