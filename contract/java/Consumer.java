// A Java team's client of the timrest contract: openapi-generator's `java` generator with the
// `native` library (java.net.http + Jackson) from generated/openapi.sdk.yaml, compiled and run
// against the emulator by `nox -s contract`. Credentials are set once (a request interceptor adds
// the three apiKey query parameters); the UserSig is signed here (TLSSigAPIv2); the three
// operation families are called; the listing is paged to its end; an error code comes back as
// data; per-item results (members, topics) are read item by item.
//
// Usage: java Consumer BASE_URL SDKAPPID IDENTIFIER SECRET_KEY GROUP COMMUNITY PERMISSION_GROUP
//        TAG MEMBER...
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tim.client.ApiClient;
import tim.client.api.GroupAttributesApi;
import tim.client.api.PermissionGroupsApi;
import tim.client.api.TopicsApi;
import tim.client.model.CreatePermissionGroupRequest;
import tim.client.model.CreatePermissionGroupResponse;
import tim.client.model.CreateTopicRequest;
import tim.client.model.DestroyTopicRequest;
import tim.client.model.DestroyTopicResponse;
import tim.client.model.ErrorCodeKnown;
import tim.client.model.GetGroupAttrRequest;
import tim.client.model.GetGroupAttrResponse;
import tim.client.model.GetPermissionGroupMemberListRequest;
import tim.client.model.GetPermissionGroupMemberListResponse;
import tim.client.model.GroupAttr;
import tim.client.model.MemberAccount;
import tim.client.model.PermissionGroupMember;
import tim.client.model.PermissionGroupMemberResult;
import tim.client.model.PermissionGroupMembersRequest;
import tim.client.model.PermissionGroupMembersResponse;
import tim.client.model.TopicIdResponse;
import tim.client.model.TopicResult;

public final class Consumer {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** TLSSigAPIv2: base64url*(zlib(JSON)) with an HMAC-SHA256 of the fields. */
  static String userSig(long sdkappid, String identifier, String key, long expire) throws Exception {
    long time = System.currentTimeMillis() / 1000;
    String content = "TLS.identifier:" + identifier + "\nTLS.sdkappid:" + sdkappid
        + "\nTLS.time:" + time + "\nTLS.expire:" + expire + "\n";
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String sig = Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    String json = "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"" + identifier + "\",\"TLS.sdkappid\":"
        + sdkappid + ",\"TLS.expire\":" + expire + ",\"TLS.time\":" + time + ",\"TLS.sig\":\"" + sig + "\"}";
    Deflater deflater = new Deflater();
    deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    byte[] buffer = new byte[4096];
    int length = deflater.deflate(buffer);
    deflater.end();
    byte[] compressed = java.util.Arrays.copyOf(buffer, length);
    return Base64.getEncoder().encodeToString(compressed)
        .replace('+', '*').replace('/', '-').replace('=', '_');
  }

  static long random() {
    return RANDOM.nextLong() & 0xFFFFFFFFL;
  }

  static String quote(String value) {
    return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** [[key, code], ...] */
  static String pairs(List<String> keys, List<Long> codes) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < keys.size(); i++) {
      out.append(i == 0 ? "" : ",").append('[').append(quote(keys.get(i))).append(',').append(codes.get(i)).append(']');
    }
    return out.append(']').toString();
  }

  static String added(PermissionGroupMembersResponse reply) {
    List<String> keys = new ArrayList<>();
    List<Long> codes = new ArrayList<>();
    for (PermissionGroupMemberResult item : reply.getMemberList()) {
      keys.add(item.getMemberAccount());
      codes.add(item.getResult());
    }
    return pairs(keys, codes);
  }

  /** A permission group and a topic of this consumer's own (custom IDs from the tag): members
   * added twice (the second answers per member), a topic created, then destroyed beside one that
   * never existed (one result per topic). */
  static String community(ApiClient api, String community, String tag, List<String> accounts) throws Exception {
    PermissionGroupsApi groups = new PermissionGroupsApi(api);
    TopicsApi topics = new TopicsApi(api);
    CreatePermissionGroupResponse created = groups.createPermissionGroup(random(), "json",
        new CreatePermissionGroupRequest().groupId(community).permissionGroupId("@PMG#_" + tag)
            .permissionGroupName(tag).permission(3L));
    String permissionGroup = created.getPermissionGroupId();
    PermissionGroupMembersRequest add = new PermissionGroupMembersRequest().groupId(community)
        .permissionGroupId(permissionGroup);
    for (String account : accounts) {
      add.addMemberListItem(new MemberAccount().memberAccount(account));
    }
    String first = added(groups.addPermissionGroupMember(random(), "json", add));
    String again = added(groups.addPermissionGroupMember(random(), "json", add));
    TopicIdResponse topic = topics.createTopic(random(), "json",
        new CreateTopicRequest().groupId(community).topicId(community + "@TOPIC#_" + tag).topicName(tag));
    DestroyTopicResponse destroyed = topics.destroyTopic(random(), "json", new DestroyTopicRequest()
        .groupId(community).topicIdList(new LinkedHashSet<>(List.of(topic.getTopicId(), community + "@TOPIC#_never_" + tag))));
    List<String> keys = new ArrayList<>();
    List<Long> codes = new ArrayList<>();
    for (TopicResult item : destroyed.getDestroyResultItem()) {
      keys.add(item.getTopicId());
      codes.add(item.getErrorCode());
    }
    return "{\"created\":" + created.getErrorCode() + ",\"permission_group\":" + quote(permissionGroup)
        + ",\"added\":" + first + ",\"again\":" + again + ",\"topic\":" + quote(topic.getTopicId())
        + ",\"destroyed\":" + pairs(keys, codes) + "}";
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    long sdkappid = Long.parseLong(args[1]);
    String identifier = args[2];
    String usersig = userSig(sdkappid, identifier, args[3], 86400);
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("sdkappid", Long.toString(sdkappid));
    credentials.put("identifier", identifier);
    credentials.put("usersig", usersig);

    ApiClient api = new ApiClient();
    api.updateBaseUri(baseUrl);
    // Set once: every request gets the apiKey query parameters of the security schemes.
    api.setRequestInterceptor(builder -> {
      URI uri = builder.build().uri();
      StringBuilder query = new StringBuilder(uri.getRawQuery() == null ? "" : uri.getRawQuery());
      credentials.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&")
          .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
      builder.uri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + query));
    });
    GroupAttributesApi attributes = new GroupAttributesApi(api);
    PermissionGroupsApi permissionGroups = new PermissionGroupsApi(api);

    GetGroupAttrResponse attrs = attributes.getGroupAttr(random(), "json", new GetGroupAttrRequest().groupId(args[4]));
    Map<String, String> attributeMap = new LinkedHashMap<>();
    for (GroupAttr attr : attrs.getGroupAttrAry()) {
      attributeMap.put(attr.getKey(), attr.getValue());
    }

    List<String> members = new ArrayList<>();
    String next = "";
    int pages = 0;
    do {
      GetPermissionGroupMemberListResponse page = permissionGroups.getPermissionGroupMemberList(
          random(), "json",
          new GetPermissionGroupMemberListRequest().groupId(args[5]).permissionGroupId(args[6]).limit(50).next(next));
      if (page.getErrorCode().longValue() != 0L) {
        throw new IllegalStateException("page " + pages + ": " + page.getErrorCode());
      }
      for (PermissionGroupMember member : page.getMemberList()) {
        members.add(member.getMemberAccount());
      }
      next = page.getNext() == null ? "" : page.getNext();
      pages += 1;
    } while (!next.isEmpty());

    GetGroupAttrResponse missing = attributes.getGroupAttr(random(), "json", new GetGroupAttrRequest().groupId("@TGS#_no_such_group"));
    boolean known = missing.getErrorCode().longValue() == ErrorCodeKnown.E10010_THE_GROUP_DOES_NOT_EXIST.getValue().longValue();

    StringBuilder out = new StringBuilder("{\"attributes\":{");
    int i = 0;
    for (Map.Entry<String, String> e : attributeMap.entrySet()) {
      out.append(i++ == 0 ? "" : ",").append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
    }
    out.append("},\"members\":[");
    for (int j = 0; j < members.size(); j++) {
      out.append(j == 0 ? "" : ",").append('"').append(members.get(j)).append('"');
    }
    out.append("],\"pages\":").append(pages)
        .append(",\"error\":{\"code\":").append(missing.getErrorCode())
        .append(",\"known\":").append(known).append("}")
        .append(",\"community\":").append(community(api, args[5], args[7],
            List.of(args).subList(8, args.length))).append('}');
    System.out.println(out);
  }
}
