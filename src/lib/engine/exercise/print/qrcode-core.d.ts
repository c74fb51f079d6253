// The qrcode package's symbol encoder alone (qrcode/lib/core/qrcode): `create` with the types
// @types/qrcode gives it. The package's main entry also loads its PNG and file renderers, which
// need node's fs and break the bundled command line and the browser alike.
declare module 'qrcode/lib/core/qrcode' {
	export { create } from 'qrcode';
}
