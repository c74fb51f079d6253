// Every page of the app, by path below the site's base ('' is the lab). The tests that must cover
// every page (no sideways scroll, accessibility, the 繁體中文 wording) read this one list.

export const ROUTES = ['', 'check', 'train', 'digits', 'summary', 'activations', 'losses', 'optimizers', 'perceptron', 'teach'] as const;

export type Route = (typeof ROUTES)[number];
