"""Secrets Manager reads (the bootstrap owner token)."""

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from portal.errors import Retryable


def read_secret(secret_id: str) -> str:
    try:
        answer = boto3.client("secretsmanager").get_secret_value(SecretId=secret_id)
    except (BotoCoreError, ClientError) as exc:
        raise Retryable("the first owner token could not be read; retry") from exc
    return answer["SecretString"]
