// The course's 2-2-2 sigmoid network (docs/network-file.md), as a file and as text, for the spec tests.

export const COURSE_TEXT = `{
  "title": "Course example: 2-2-2 sigmoid network",
  "layers": [
    { "size": 2, "names": ["x_1", "x_2"] },
    { "size": 2, "activation": "sigmoid", "names": ["H_1", "H_2"],
      "weights": [[0.2, 0.5], [-0.4, 0.6]],
      "weightNames": [["w_1", "w_3"], ["w_2", "w_4"]] },
    { "size": 2, "activation": "sigmoid", "names": ["O_1", "O_2"],
      "weights": [[0.1, -0.3], [-0.5, 0.8]],
      "weightNames": [["w_5", "w_7"], ["w_6", "w_8"]] }
  ],
  "loss": "half_sse",
  "samples": [ { "input": [0.5, 0.3], "target": [0.23, -0.07] } ],
  "optimizer": { "type": "sgd", "learningRate": 0.5 },
  "rounding": { "decimals": 2 }
}`;

/** A fresh copy of the course's network file, free to mutate. */
export function courseFile(): any {
	return JSON.parse(COURSE_TEXT);
}
