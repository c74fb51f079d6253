// Messages of the embed view (/embed#state=…) in both languages.

import { translator } from '../index';

const en = {
	title: 'Backstep diagram',
	open: 'Open in Backstep',
	noLink: 'This embed has no network link: put a lab share link’s #state=… after /embed.'
};

const zhTW: Record<keyof typeof en, string> = {
	title: 'Backstep 網路圖',
	open: '在 Backstep 開啟',
	noLink: '這個嵌入頁沒有網路連結：請把實驗室分享連結的 #state=… 接在 /embed 後面。'
};

export const embedText = translator({ en, 'zh-TW': zhTW });
