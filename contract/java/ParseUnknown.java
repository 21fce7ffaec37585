// openapi-generator's default Java library (okhttp-gson) checks every JSON object against its
// model and throws on a field the schema does not declare, unless the schema says
// `additionalProperties: true`. This parses replies of the emulator with --unknown-fields (every
// object carries a field no client knows) with the okhttp-gson models of openapi.sdk.yaml.
//
// Usage: java ParseUnknown GET_GROUP_ATTR.json GET_PERMISSION_GROUP_MEMBER_LIST.json
import java.nio.file.Files;
import java.nio.file.Path;

import tim.client.model.GetGroupAttrResponse;
import tim.client.model.GetPermissionGroupMemberListResponse;

public final class ParseUnknown {
  public static void main(String[] args) throws Exception {
    GetGroupAttrResponse attrs = GetGroupAttrResponse.fromJson(Files.readString(Path.of(args[0])));
    GetPermissionGroupMemberListResponse page =
        GetPermissionGroupMemberListResponse.fromJson(Files.readString(Path.of(args[1])));
    System.out.println("{\"attributes\":" + attrs.getGroupAttrAry().size()
        + ",\"members\":" + page.getMemberList().size() + "}");
  }
}
