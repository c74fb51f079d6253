// A page writes its state into its address after waiting (a pause in stepping, a compression). A
// Back or Forward in the meantime has put another entry's address in the bar, another page's or
// another state's, and writing then would replace that entry: /train lost its run this way when
// Back was pressed before the lab had written its link. A ticket taken before the wait tells
// whether the address is still the one it was taken on.

type Where = Pick<Window, 'addEventListener' | 'removeEventListener'> & { location: Pick<Location, 'pathname'> };

export interface AddressWatch {
	/** Taken before the wait; true after it while no Back or Forward came and the page is the same. */
	ticket(): () => boolean;
	stop(): void;
}

export function watchAddress(where: Where): AddressWatch {
	let moves = 0;
	const moved = () => moves++;
	where.addEventListener('popstate', moved);
	where.addEventListener('hashchange', moved);
	return {
		ticket() {
			const at = moves;
			const path = where.location.pathname;
			return () => moves === at && where.location.pathname === path;
		},
		stop: () => {
			where.removeEventListener('popstate', moved);
			where.removeEventListener('hashchange', moved);
		}
	};
}
