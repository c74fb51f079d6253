// Where the current step lives on the drawing: the point a zoomed-in diagram keeps in view and zooms
// about (its neuron, the middle of its edge, its bias or target tag, the loss box).

import type { Layout, Point } from './layout';
import { LOSS_KEY } from './layout';
import type { Mark, Scene } from './scene';

/** The key of the element the step computes, or null (a step the diagram does not show). */
function currentKey(scene: Scene): string | null {
	const groups: Record<string, { mark: Mark }>[] = [scene.nodes, scene.edges, scene.biases, scene.targets];
	for (const group of groups) for (const key in group) if (group[key].mark === 'current') return key;
	return scene.loss.mark === 'current' ? LOSS_KEY : null;
}

export function focusPoint(layout: Layout, scene: Scene): Point | null {
	const key = currentKey(scene);
	if (key === null) return null;
	if (key === LOSS_KEY) return layout.loss;
	const node = layout.nodes.find((n) => n.key === key);
	if (node) return { x: node.x, y: node.y };
	const edge = layout.edges.find((e) => e.key === key);
	if (edge) return { x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2 };
	const tag = layout.biases.find((b) => b.key === key) ?? layout.targets.find((t) => t.key === key);
	return tag ? { x: tag.x, y: tag.y } : null;
}
