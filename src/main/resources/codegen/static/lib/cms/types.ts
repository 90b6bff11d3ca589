// The CMS-neutral shapes the site renders from; every adapter maps its vendor's answers to these.
export type FieldType =
  | 'text' | 'longText' | 'richText' | 'number' | 'integer' | 'boolean' | 'date' | 'dateTime'
  | 'enum' | 'slug' | 'url' | 'email' | 'asset' | 'reference' | 'references' | 'json' | 'blocks';

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  referenceTypes: string[];
}

export interface ContentTypeDef {
  key: string;
  displayName: string;
  kind: 'page' | 'component' | 'data' | 'media' | 'settings';
  fields: FieldDef[];
}

export interface CmsItem {
  id: string;
  type: string;
  locale: string;
  slug: string | null;
  title: string;
  status: string;
  version: number;
  updatedAt: string;
  data: Record<string, unknown>;
}

export interface ItemPage {
  items: CmsItem[];
  total: number;
  page: number;
  size: number;
}

export interface ListQuery {
  type?: string;
  q?: string;
  page?: number;
  size?: number;
  sort?: string;
  filters?: Record<string, string>;
}

export interface CmsAdapter {
  listItems(query: ListQuery): Promise<ItemPage>;
  getItem(id: string): Promise<CmsItem | null>;
  getBySlug(type: string, slug: string): Promise<CmsItem | null>;
  contentTypes(): Promise<unknown[]>;
}
