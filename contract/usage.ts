// A small TypeScript consumer of openapi.yaml: `nox -s contract` generates tim.d.ts from the
// spec (openapi-typescript) and compiles this file against it with `tsc --strict`. Renaming
// or retyping a field in the spec breaks this build, as it would break other teams' code.
import type { components, paths, webhooks } from "./tim";

type Schemas = components["schemas"];
type MemberListPath = paths["/v4/group_open_http_svc/get_permission_group_member_list"];
type AttrPath = paths["/v4/group_open_attr_http_svc/get_group_attr"];

export const query: MemberListPath["post"]["parameters"]["query"] = {
  sdkappid: 1400000000,
  identifier: "administrator",
  usersig: "eJx*-_",
  random: 99999999,
  contenttype: "json",
};

export const request: Schemas["GetPermissionGroupMemberListRequest"] = {
  GroupId: "@TGS#_@TGS#cAVQXXXXXX",
  PermissionGroupId: "@PMG#_@PMG#cDR",
  MemberInfoFilter: ["Role", "JoinTime", "NameCard"],
  AppDefinedDataFilter_GroupMember: ["MemberDefined1"],
  Limit: 50,
  Next: "",
};

export function summarise(page: Schemas["GetPermissionGroupMemberListResponse"]): string {
  if (page.ErrorCode !== 0) {
    return `error ${page.ErrorCode}: ${page.ErrorInfo ?? ""} (${page.ActionStatus})`;
  }
  const members: Schemas["PermissionGroupMember"][] = page.MemberList ?? [];
  const names = members.map((m) => `${m.Member_Account}:${m.Role ?? "?"}:${m.MsgFlag ?? "?"}`);
  const custom = members.flatMap((m) => m.AppMemberDefinedData ?? []).map((d) => d.Key + d.Value);
  const joined: number[] = members.map((m) => m.JoinPermissionGroupTime ?? 0);
  // Typed locals: response objects are open (an index signature of `unknown`), so a renamed
  // field reads as `unknown` and only a typed use breaks the build.
  const total: number = page.MemberNum ?? 0;
  const next: string = page.Next ?? "";
  return `${total} members; next ${next}; ${names.join(",")}; ` +
    `${custom.length} custom; ${joined.length}`;
}

export function attributes(
  reply: AttrPath["post"]["responses"]["200"]["content"]["application/json"],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of reply.GroupAttrAry ?? []) {
    out[attr.key] = attr.value;
  }
  return out;
}

type SetPath = paths["/v4/group_open_http_svc/set_group_attr"];
type ClearPath = paths["/v4/group_open_http_svc/clear_group_attr"];

export const seats: Schemas["SetGroupAttrRequest"] = {
  GroupId: "@TGS#aC5SZEAEF",
  GroupAttr: [{ key: "seat1", value: "alice" }, { key: "seat2", value: "bob" }],
};

export const update: Schemas["ModifyGroupAttrRequest"] = {
  GroupId: "@TGS#aC5SZEAEF",
  GroupAttr: [{ key: "seat2", value: "carol" }],
};

export const removal: Schemas["DeleteGroupAttrRequest"] = {
  GroupId: "@TGS#aC5SZEAEF",
  GroupAttr: [{ key: "seat1" }],
};

export const wipe: ClearPath["post"]["requestBody"]["content"]["application/json"] = {
  GroupId: "@TGS#aC5SZEAEF",
};

export function written(
  reply: SetPath["post"]["responses"]["200"]["content"]["application/json"],
): string {
  return reply.ErrorCode === 0 ? "ok" : `error ${reply.ErrorCode}: ${reply.ErrorInfo ?? ""}`;
}

// The Community family: a permission group granted a topic permission, and per-item results
// read one by one (the top-level code of get_topic means nothing; each item has its own).
export const grant: Schemas["AddTopicPermissionGroupRequest"] = {
  GroupId: "@TGS#_@TGS#cAVQXXXXXX",
  PermissionGroupId: "@PMG#_moderators",
  TopicPermissionList: [{ TopicId: "@TGS#_@TGS#cAVQXXXXXX@TOPIC#_news", Permission: 0b1000 }],
};

export function granted(reply: Schemas["TopicPermissionResponse"]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of reply.TopicPermissionResultList ?? []) {
    const code: number = item.ErrorCode ?? 0;
    out[item.TopicId ?? "?"] = code;
  }
  return out;
}

export function topics(reply: Schemas["GetTopicResponse"]): string[] {
  return (reply.TopicAndSelfInfo ?? []).map((item) => {
    const code: number = item.ErrorCode ?? 0;
    const community: string = item.TopicInfo?.GroupID ?? "";
    return code === 0 ? `${community} ${item.TopicInfo?.TopicName ?? ""}` : `error ${code}`;
  });
}

// The callbacks Tencent sends the app's server (the spec's `webhooks`): a receiver typed
// from the spec, and the reply it builds.
type BeforeCreateTopic =
  webhooks["Group.CallbackBeforeCreateTopic"]["post"]["requestBody"]["content"]["application/json"];

export function onAttrChanged(
  event: Schemas["CallbackAfterGroupAttrChanged"],
): Schemas["CallbackReply"] {
  const command: "Group.CallbackAfterGroupAttrChanged" = event.CallbackCommand;
  const keys: string[] = (event.GroupAttr ?? []).map((a) => a.key);
  const when: number = event.EventTime ?? 0;
  return { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: `${command} ${keys.length} ${when}` };
}

export function onBeforeCreateTopic(event: BeforeCreateTopic): Schemas["CallbackReply"] {
  const name: string = event.Name ?? "";
  return name.startsWith("test")
    ? { ActionStatus: "OK", ErrorCode: 10100, ErrorInfo: "no test topics" }
    : { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" };
}
