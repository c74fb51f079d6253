import type { Handle } from '@sveltejs/kit';

// Cross-origin isolation (SharedArrayBuffer for the two-thread training kernels). vite's
// `server.headers` covers modules and assets; pages rendered by SvelteKit in dev need them here.
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	response.headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
	return response;
};
