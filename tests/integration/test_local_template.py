"""The local stack's template reader and provisioning: what template.yaml says is what moto gets."""

import json
import textwrap
from pathlib import Path

import pytest
from moto import mock_aws

from local import template as local_template
from local.provision import provision
from local.template import TemplateError

MINI = """
Parameters:
  Stage: { Type: String, Default: dev, AllowedValues: [dev, prod] }
  Size: { Type: Number, Default: 7 }
Globals:
  Function:
    Timeout: 9
    Environment:
      Variables:
        TABLE: !Ref Things
        STAGE: !Ref Stage
Resources:
  Things:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      StreamSpecification: { StreamViewType: NEW_IMAGE }
  Work:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 1
      RedrivePolicy: { deadLetterTargetArn: !GetAtt Dead.Arn, maxReceiveCount: 2 }
  Dead:
    Type: AWS::SQS::Queue
  One:
    Type: AWS::Serverless::Function
    Properties:
      Handler: pkg.app.handler
      MemorySize: 256
      Environment:
        Variables:
          QUEUE: !Ref Work
          ARN: !Sub "${Work.Arn}|${AWS::Region}|${Stage}"
          JOINED: !Join ["-", [a, !Ref Stage]]
          POWERTOOLS_SERVICE_NAME: one
      Events:
        Get: { Type: HttpApi, Properties: { Path: "/things/{id}", Method: get } }
        Jobs:
          Type: SQS
          Properties:
            Queue: !GetAtt Work.Arn
            BatchSize: !Ref Size
            FunctionResponseTypes: [ReportBatchItemFailures]
  Two:
    Type: AWS::Serverless::Function
    Properties:
      Handler: pkg.two.handler
      Environment:
        Variables:
          POWERTOOLS_SERVICE_NAME: two
      Events:
        Changes:
          Type: DynamoDB
          Properties:
            Stream: !GetAtt Things.StreamArn
            StartingPosition: LATEST
            FilterCriteria:
              Filters:
                - Pattern: '{"eventName": ["INSERT"]}'
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "template.yaml"
    path.write_text(textwrap.dedent(text))
    return path


def test_short_tags_load_as_long_form(tmp_path):
    document = local_template.load_yaml(write(tmp_path, MINI))
    env = document["Resources"]["One"]["Properties"]["Environment"]["Variables"]
    assert env["QUEUE"] == {"Ref": "Work"}
    assert env["ARN"] == {"Fn::Sub": "${Work.Arn}|${AWS::Region}|${Stage}"}
    assert env["JOINED"] == {"Fn::Join": ["-", ["a", {"Ref": "Stage"}]]}
    redrive = document["Resources"]["Work"]["Properties"]["RedrivePolicy"]
    assert redrive["deadLetterTargetArn"] == {"Fn::GetAtt": ["Dead", "Arn"]}


def test_functions_routes_and_mappings_come_from_events(tmp_path):
    template = local_template.load(write(tmp_path, MINI))
    one, two = template.functions["One"], template.functions["Two"]
    assert (one.handler, one.timeout_seconds, one.memory_mb) == ("pkg.app.handler", 9, 256)
    assert [r.route_key for r in template.routes] == ["GET /things/{id}"]
    assert one.sqs[0].batch_size == 7  # BatchSize: !Ref Size, resolved from the parameter
    assert one.sqs[0].report_batch_item_failures is True
    assert two.streams[0].filters == ({"eventName": ["INSERT"]},)
    # Globals' variables are merged under each function's own.
    assert set(one.environment) == {"TABLE", "STAGE", "QUEUE", "ARN", "JOINED", "POWERTOOLS_SERVICE_NAME"}


def test_parameters_are_validated(tmp_path):
    path = write(tmp_path, MINI)
    assert local_template.load(path, parameter_overrides={"Stage": "prod"}).parameters["Stage"] == "prod"
    with pytest.raises(TemplateError, match="Stage"):
        local_template.load(path, parameter_overrides={"Stage": "qa"})
    with pytest.raises(TemplateError, match="not declared"):
        local_template.load(path, parameter_overrides={"Nope": "x"})


def test_environment_resolves_against_created_resources(tmp_path):
    template = local_template.load(write(tmp_path, MINI))
    with mock_aws():
        stack = provision(template, None)
        env = stack.function_environment("One")
        shared = stack.shared_environment()
        attributes = stack.client("sqs").get_queue_attributes(QueueUrl=env["QUEUE"], AttributeNames=["All"])
    assert env["TABLE"] == "privacy-portal-local-Things"
    assert env["QUEUE"].endswith("/123456789012/privacy-portal-local-Work")
    assert env["ARN"] == "arn:aws:sqs:us-east-1:123456789012:privacy-portal-local-Work|us-east-1|dev"
    assert env["JOINED"] == "a-dev"
    # The service name differs per function on purpose; it is set per handler import, not shared.
    assert "POWERTOOLS_SERVICE_NAME" not in shared
    redrive = json.loads(attributes["Attributes"]["RedrivePolicy"])
    assert redrive["deadLetterTargetArn"].endswith(":privacy-portal-local-Dead")
    assert int(redrive["maxReceiveCount"]) == 2
    assert attributes["Attributes"]["VisibilityTimeout"] == "1"


def test_functions_that_disagree_on_a_variable_fail_clearly(tmp_path):
    text = MINI.replace("POWERTOOLS_SERVICE_NAME: two", "STAGE: other")
    template = local_template.load(write(tmp_path, text))
    with mock_aws():
        stack = provision(template, None)
        with pytest.raises(TemplateError, match="STAGE is 'dev' in One but 'other' in Two"):
            stack.shared_environment()


def test_unsupported_references_fail_clearly(tmp_path):
    text = MINI.replace("JOINED: !Join", "ROLE: !GetAtt SomeRole.Arn\n          JOINED: !Join")
    template = local_template.load(write(tmp_path, text))
    with mock_aws():
        stack = provision(template, None)
        with pytest.raises(TemplateError, match="SomeRole"):
            stack.function_environment("One")


def test_the_project_template_provisions_as_deployed(stack):
    dynamodb = stack.client("dynamodb")
    fields = dynamodb.describe_table(TableName=stack.refs["FieldsTable"])["Table"]
    assert fields["StreamSpecification"] == {"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"}
    assert [i["IndexName"] for i in fields["GlobalSecondaryIndexes"]] == ["by_status"]
    ttl = dynamodb.describe_time_to_live(TableName=stack.refs["IdempotencyTable"])["TimeToLiveDescription"]
    assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "expiration"}

    subscriptions = stack.client("sns").list_subscriptions_by_topic(TopicArn=stack.refs["AcceptedTopic"])
    (subscription,) = subscriptions["Subscriptions"]
    assert subscription["Endpoint"] == stack.attributes[("ClassifyQueue", "Arn")]
    sub_attributes = stack.client("sns").get_subscription_attributes(
        SubscriptionArn=subscription["SubscriptionArn"]
    )
    assert sub_attributes["Attributes"]["RawMessageDelivery"] == "true"

    secret = stack.client("secretsmanager").get_secret_value(SecretId=stack.refs["FirstOwnerToken"])
    assert len(secret["SecretString"]) == 48 and secret["SecretString"].isalnum()


def test_a_published_message_reaches_the_classify_queue_raw(stack):
    stack.client("sns").publish(TopicArn=stack.refs["AcceptedTopic"], Message='{"hello": 1}')
    received = stack.client("sqs").receive_message(QueueUrl=stack.refs["ClassifyQueue"])["Messages"]
    assert [m["Body"] for m in received] == ['{"hello": 1}']
