import { useState } from 'preact/hooks';
import type { ListOrder } from '@/lib/db/order';
import type { TactDb } from '@/lib/db/schema';
import type { Norm } from '@/lib/db/types';
import { FirstRun } from './FirstRun';
import { ListFrame } from './ListFrame';
import { LIST_ORDER_KEY, listOrders } from './list-shape';
import { useRemembered } from './use-remembered';
import { useListScreen } from './use-list-screen';

interface Props {
  db: TactDb;
  now: number;
  query: string;
  onQuery: (q: string) => void;
  onOpen: (id: string) => void;
  onImport: () => void;
  onAddFromPage: () => void;
}

/** The list as the notebook answers it (and, until then, as the last opening saved it). An empty notebook explains itself. */
export function ListView({ db, now, query, onQuery, onOpen, onImport, onAddFromPage }: Props) {
  const [relationship, setRelationship] = useState<Norm | ''>('');
  const [order, setOrder] = useRemembered<ListOrder>(LIST_ORDER_KEY, listOrders, 'due');
  const { empty, ...screen } = useListScreen(db, now, query, relationship, order);
  if (empty) return <FirstRun onImport={onImport} onAddFromPage={onAddFromPage} />;
  const frame = { screen, now, query, onQuery, relationship, onRelationship: setRelationship, order, onOrder: setOrder, onOpen };
  return <ListFrame {...frame} />;
}
