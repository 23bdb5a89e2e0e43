/**
 * The part of gettext-parser the i18n scripts use (the package ships no
 * types).
 */
declare module 'gettext-parser' {
	export interface PoEntry {
		msgid: string;
		msgctxt?: string;
		msgid_plural?: string;
		msgstr: string[];
		comments?: {
			reference?: string;
			extracted?: string;
			translator?: string;
			flag?: string;
			previous?: string;
		};
	}

	export interface PoTable {
		charset?: string;
		headers: Record< string, string >;
		translations: Record< string, Record< string, PoEntry > >;
	}

	export const po: {
		parse: ( input: Buffer | string ) => PoTable;
		compile: (
			table: PoTable,
			options?: { foldLength?: number; sort?: boolean }
		) => Buffer;
	};

	export const mo: {
		parse: ( input: Buffer ) => PoTable;
		compile: ( table: PoTable ) => Buffer;
	};
}
