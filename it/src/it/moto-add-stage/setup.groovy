import dev.cloudtest.it.MotoSeed

MotoSeed.at(motoEndpoint).createPipeline('it-moto-add', new File(basedir, 'pipeline.json').text)
true
