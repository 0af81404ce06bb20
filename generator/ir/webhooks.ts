/**
 * A Stainless config's `webhook_unwrap` methods: `client.webhooks.unwrap(body)` turns the body of a request the API
 * sent to the user's server into a typed event, verifying its Standard Webhooks signature when the method names a
 * key option (`webhook_key_opt`). The events are the spec's `webhooks` (OpenAPI 3.1): each payload is a type of the
 * method's resource named after its key (`incoming-payment` → `IncomingPaymentWebhookEvent`, a copy of the payload's
 * shape as Stainless declares it), and the method returns their union (`unwrap` → `UnwrapWebhookEvent`); of one
 * webhook, the method returns its payload, named so. An event is documented as its payload's schema is: the webhook's
 * own summary and description (how to verify, when it is sent) are not written on it, as in Stainless's SDKs (grid).
 */
import { pointerJoin } from '../diagnostics';
import type { WebhookUnwrapPlacement } from '../stainless/plan';
import { docsFrom, sourceOf } from './docs';
import { configWarning, type BuildContext, type ConfigModel } from './context';
import type { Webhook } from '../normalize/operations';
import type { SchemaNode } from '../normalize/schema-node';
import type { Docs, TypeRef } from './types';

/** A `webhook_unwrap` method before names are settled. */
export interface WebhookUnwrapDraft {
  resourcePath: string[];
  /** The method's name: "unwrap". */
  name: string;
  /** Schema id of the union of the events it returns. */
  eventId: string;
  /** The client option holding the verifying key (its property name), or null: the method only parses. */
  keyOption: string | null;
  /** The config's `discriminator`: the event property telling the events apart; null if it names none. */
  discriminator: string | null;
  docs: Docs;
}

export interface WebhookTypes {
  unwraps: WebhookUnwrapDraft[];
  /** The event types and unions, by schema id: named and placed as the config's models are. */
  models: Map<string, ConfigModel>;
}

/** Registers the event types of every `webhook_unwrap` method (`ctx.types`) and returns the methods. */
export function webhookUnwraps(ctx: BuildContext, placements: WebhookUnwrapPlacement[]): WebhookTypes {
  const out: WebhookTypes = { unwraps: [], models: new Map() };
  if (placements.length === 0 || !ctx.stainless) return out;
  const names = ctx.stainless.names;
  const webhooks = ctx.spec.webhooks.filter((w) => w.body !== null);
  for (const placement of placements) {
    const where = placement.stainless.where;
    if (webhooks.length === 0)
      configWarning(
        ctx,
        'stainless-config-method',
        where,
        'the spec has no webhooks (OpenAPI 3.1 `webhooks` with a request body); the method returns unknown',
      );
    const resource = placement.resourcePath.join('.');
    const eventId = `webhook-union:${resource}.${placement.method}`;
    const eventName = names.model(`${snake(placement.stainless.key)}_webhook_event`);
    // One webhook: its payload is the method's event type itself (`UnwrapWebhookEvent`, its inline members nested
    // there), with no type of the webhook's own, as Stainless declares it.
    const only = webhooks.length === 1 ? webhooks[0]! : null;
    const variants: TypeRef[] = only
      ? []
      : webhooks.map((webhook, index) => {
          // A payload that is a config model is that model (imagekit's `VideoTransformationAcceptedEvent`).
          const model = modelOf(ctx, webhook.body!);
          if (model) return model;
          const id = `webhook:${resource}:${webhook.key}`;
          ctx.types.synthetic(
            id,
            ctx.types.declaredType(webhook.body!),
            ctx.types.docsOf(webhook.body),
            sourceOf({ doc: webhook.loc.doc, pointer: pointerJoin(webhook.loc.pointer, 'requestBody') }),
          );
          out.models.set(id, {
            name: names.model(`${snake(webhook.key)}_webhook_event`),
            resource,
            where,
            listOrder: index,
          });
          return { kind: 'ref', schemaId: id };
        });
    if (only) {
      ctx.types.synthetic(
        eventId,
        ctx.types.declaredType(only.body!),
        ctx.types.docsOf(only.body),
        sourceOf({ doc: only.loc.doc, pointer: pointerJoin(only.loc.pointer, 'requestBody') }),
      );
    } else {
      ctx.types.synthetic(
        eventId,
        variants.length === 0 ? { kind: 'unknown' } : { kind: 'union', variants, discriminator: null },
        // Stainless documents the union as its first event.
        docsFrom({ description: webhooks.length > 0 ? variantDescription(ctx, webhooks[0]!) : undefined }),
        { file: ctx.spec.root.file, pointer: '#/webhooks' },
      );
    }
    out.models.set(eventId, { name: eventName, resource, where, listOrder: webhooks.length });
    out.unwraps.push({
      resourcePath: placement.resourcePath,
      name: placement.method,
      eventId,
      keyOption: keyOption(ctx, placement),
      discriminator: placement.stainless.discriminator,
      // Stainless's unwrap methods have no doc comment.
      docs: docsFrom({}),
    });
  }
  return out;
}

/** The config model a webhook's payload is (a `$ref` to a model's schema), or null. */
function modelOf(ctx: BuildContext, body: SchemaNode): TypeRef | null {
  if (body.ref === null) return null;
  const type = ctx.types.type(body, 'response');
  return type.kind === 'ref' && ctx.models.of(type.schemaId) ? type : null;
}

/** The description of a webhook's event as its type has it: its model's, else its payload's own. */
function variantDescription(ctx: BuildContext, webhook: Webhook): string | undefined {
  const body = webhook.body!;
  if (modelOf(ctx, body)) return ctx.types.docsOf(ctx.types.resolve(body)).description;
  return ctx.types.docsOf(body).description;
}

/** The client option a method's `webhook_key_opt` names, as the client has it; null (with a warning) if none. */
function keyOption(ctx: BuildContext, placement: WebhookUnwrapPlacement): string | null {
  const name = placement.stainless.webhookKeyOpt;
  if (name === null) return null;
  const config = ctx.stainless!.config;
  const opt = config.clientOpts.find((o) => o.key === name && !o.auth);
  if (!opt) {
    configWarning(
      ctx,
      'stainless-config-method',
      `${placement.stainless.where}.webhook_key_opt`,
      `client_settings.opts has no option ${name}; the key must be passed to each call`,
    );
    return null;
  }
  return ctx.stainless!.names.clientOption(opt.key);
}

/** "incoming-payment" → "incoming_payment": a key as the config's snake_case names are written. */
function snake(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('_')
    .toLowerCase();
}
