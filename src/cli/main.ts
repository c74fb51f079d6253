export async function main(argv: string[]): Promise<number> {
	console.log('backstep', argv.join(' '));
	return 0;
}
