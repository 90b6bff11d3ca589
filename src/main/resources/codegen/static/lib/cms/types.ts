// The CMS-neutral shapes the site renders from; every adapter maps its vendor's answers to these.
export type FieldType =
  | 'text' | 'longText' | 'richText' | 'number' | 'integer' | 'boolean' | 'date' | 'dateTime'
  | 'enum' | 'slug' | 'url' | 'email' | 'asset' | 'reference' | 'references' | 'json' | 'blocks';

// What a field means on a page (set in the studio or inferred from its key and type); null: nothing special.
export type FieldRole =
  | 'title' | 'summary' | 'body' | 'image' | 'gallery' | 'price' | 'date' | 'start' | 'end' | 'address' | 'geo'
  | 'hours' | 'person' | 'rating' | 'category' | 'tags' | 'cta';

// The layout a type's pages get, chosen by the studio from its fields' roles.
export type PageLayout = 'product' | 'event' | 'location' | 'article' | 'person' | 'generic';

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  referenceTypes: string[];
  role?: FieldRole | null;
  options?: string[];
}

export interface ContentTypeDef {
  key: string;
  displayName: string;
  kind: 'page' | 'component' | 'data' | 'media' | 'settings';
  layout?: PageLayout;
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
