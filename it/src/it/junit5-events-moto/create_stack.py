# Creates the stack the junit5-events-moto IT tests: an EventBridge bus on moto, named in an output.
import json
import os

import boto3

cf = boto3.client("cloudformation", endpoint_url=os.environ["CLOUDTEST_MOTO_ENDPOINT"], region_name="us-east-1")
template = {
    "Resources": {"Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "it-junit5-events-bus"}}},
    "Outputs": {"BusName": {"Value": "it-junit5-events-bus"}},
}
cf.create_stack(StackName="it-junit5-events", TemplateBody=json.dumps(template))
print(cf.describe_stacks(StackName="it-junit5-events")["Stacks"][0]["StackStatus"])
