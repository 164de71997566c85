using CrampBot.BotFramework.Connector;
using Xunit;

namespace CrampBot.BotFramework.Tests.Protocol;

public class ConnectorRouteTests
{
    [Fact]
    public void Teams_ids_are_percent_encoded_as_data() =>
        Assert.Equal(
            "v3/conversations/a%3A1Xy%3Bmessageid%3D17%40thread.tacv2/activities/1%3A2",
            ConnectorClient.ActivityRoute("a:1Xy;messageid=17@thread.tacv2", "1:2"));

    [Fact]
    public void A_slash_in_an_id_cannot_change_the_route() =>
        Assert.Equal("v3/conversations/..%2F..%2Fadmin/activities", ConnectorClient.ActivitiesRoute("../../admin"));

    [Fact]
    public void A_missing_conversation_id_is_refused() =>
        Assert.Throws<ArgumentException>(() => ConnectorClient.ActivitiesRoute(null));
}
