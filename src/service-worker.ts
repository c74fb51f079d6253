// Offline after the first visit: the service worker precaches the built app, the static files
// (examples, digits data) and every prerendered page, and answers from that cache when the network
// fails. A new build has a new version, hence a new cache; the old one is deleted on activation.
// Cached responses keep their headers, so a host's cross-origin isolation headers still apply.

/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `backstep-${version}`;
const PRECACHED = new Set([...build, ...files, ...prerendered]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...PRECACHED]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('backstep-') && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

/** The cached page for a navigation: /train, /train/ and /train.html are the same page. */
async function cachedPage(cache: Cache, url: URL): Promise<Response | undefined> {
	const path = url.pathname;
	for (const candidate of [path, path.replace(/\/$/, ''), `${path.replace(/\/$/, '')}.html`, `${path}index.html`]) {
		const hit = await cache.match(candidate, { ignoreSearch: true });
		if (hit) return hit;
	}
	return undefined;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	// The build's files are named by their content: the cache is always right.
	if (build.includes(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && PRECACHED.has(url.pathname)) await cache.put(url.pathname, response.clone());
		return response;
	} catch (e) {
		const hit = request.mode === 'navigate' ? await cachedPage(cache, url) : await cache.match(url.pathname);
		if (hit) return hit;
		throw e;
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request));
});
