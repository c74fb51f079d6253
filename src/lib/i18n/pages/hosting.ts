// The note shown where training falls back to one thread, in both languages.

import { translator } from '../index';

const en = {
	oneThread:
		'Training runs on one thread here: this page is not cross-origin isolated (the host does not send the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers; docs/hosting.md says how). Everything works, only large networks train more slowly.'
};

const zhTW: Record<keyof typeof en, string> = {
	oneThread:
		'這裡的訓練只用一個執行緒：此頁面沒有跨來源隔離（主機沒有送出 Cross-Origin-Opener-Policy 與 Cross-Origin-Embedder-Policy 標頭；設定方式見 docs/hosting.md）。所有功能都可使用，只是大型網路訓練較慢。'
};

export const hostingText = translator({ en, 'zh-TW': zhTW });
