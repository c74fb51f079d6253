// Two-variable test surfaces for the optimizer race: each is f(x, y) with its analytic gradient
// (∂f/∂x, ∂f/∂y), a start point, the region to plot, and where its minimum is (if it has one).

export type SurfaceId = 'saddle' | 'rosenbrock' | 'beale' | 'ravine' | 'bowl';

export interface Surface {
	id: SurfaceId;
	/** f(x, y) in TeX. */
	tex: string;
	f(x: number, y: number): number;
	/** (∂f/∂x, ∂f/∂y). */
	grad(x: number, y: number): [number, number];
	start: [number, number];
	/** The region the contour plot shows: [xmin, xmax], [ymin, ymax]. */
	domain: { x: [number, number]; y: [number, number] };
	/** The global minimum, or null where f is unbounded below (the saddle). */
	minimum: [number, number] | null;
	/** Contours are drawn on log(1 + f − fmin) where f spans many orders of magnitude. */
	logScale: boolean;
}

/** f = x² − y²: a saddle at the origin (a minimum along x, a maximum along y); unbounded below. */
export const saddle: Surface = {
	id: 'saddle',
	tex: 'f(x, y) = x^2 - y^2',
	f: (x, y) => x * x - y * y,
	grad: (x, y) => [2 * x, -2 * y],
	start: [-1.5, 0.01],
	domain: { x: [-2, 2], y: [-2, 2] },
	minimum: null,
	logScale: false
};

/** Rosenbrock's banana: f = (1 − x)² + 100 (y − x²)², minimum 0 at (1, 1) at the end of a curved valley. */
export const rosenbrock: Surface = {
	id: 'rosenbrock',
	tex: 'f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2',
	f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
	// ∂f/∂x = −2(1 − x) − 400 x (y − x²);  ∂f/∂y = 200 (y − x²)
	grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
	start: [-1.5, 2],
	domain: { x: [-2, 2], y: [-1, 3] },
	minimum: [1, 1],
	logScale: true
};

/**
 * Beale's function: f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0 at (3, 0.5).
 * With r_k = c_k − x + x y^k:  ∂f/∂x = Σ 2 r_k (y^k − 1),  ∂f/∂y = Σ 2 r_k · k x y^{k−1}.
 */
const BEALE_C = [1.5, 2.25, 2.625];
export const beale: Surface = {
	id: 'beale',
	tex: 'f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
	f(x, y) {
		let s = 0;
		for (let k = 1; k <= 3; k++) s += (BEALE_C[k - 1] - x + x * y ** k) ** 2;
		return s;
	},
	grad(x, y) {
		let gx = 0;
		let gy = 0;
		for (let k = 1; k <= 3; k++) {
			const r = BEALE_C[k - 1] - x + x * y ** k;
			gx += 2 * r * (y ** k - 1);
			gy += 2 * r * k * x * y ** (k - 1);
		}
		return [gx, gy];
	},
	start: [1, 1.5],
	domain: { x: [-1, 4.5], y: [-1.5, 2] },
	minimum: [3, 0.5],
	logScale: true
};

/** A ravine: f = 0.1 x² + 2 y², a valley 20 times steeper across (y) than along (x); minimum 0 at the origin. */
export const ravine: Surface = {
	id: 'ravine',
	tex: 'f(x, y) = 0.1\\,x^2 + 2\\,y^2',
	f: (x, y) => 0.1 * x * x + 2 * y * y,
	grad: (x, y) => [0.2 * x, 4 * y],
	start: [-4.5, 1],
	domain: { x: [-5, 5], y: [-2, 2] },
	minimum: [0, 0],
	logScale: false
};

/** A round bowl: f = x² + y², minimum 0 at the origin; the easy case every optimizer should solve. */
export const bowl: Surface = {
	id: 'bowl',
	tex: 'f(x, y) = x^2 + y^2',
	f: (x, y) => x * x + y * y,
	grad: (x, y) => [2 * x, 2 * y],
	start: [-1.5, 1],
	domain: { x: [-2, 2], y: [-2, 2] },
	minimum: [0, 0],
	logScale: false
};

export const SURFACES: Readonly<Record<SurfaceId, Surface>> = { saddle, rosenbrock, beale, ravine, bowl };
export const SURFACE_IDS: readonly SurfaceId[] = ['saddle', 'rosenbrock', 'beale', 'ravine', 'bowl'];

export function isSurfaceId(x: unknown): x is SurfaceId {
	return typeof x === 'string' && (SURFACE_IDS as readonly string[]).includes(x);
}
